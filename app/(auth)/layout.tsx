import { StandaloneFrame } from "@/components/ui/standalone-frame";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <StandaloneFrame>{children}</StandaloneFrame>;
}
