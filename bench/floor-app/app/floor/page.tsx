// The floor page: rendered on every request (it reads a cookie, as every signed-in Stepwise
// page reads its session cookie) and renders a heading, nothing else.
import { cookies } from "next/headers";

export default async function FloorPage() {
  const name = (await cookies()).get("floor-name")?.value ?? "floor";
  return <h1>{`Hello, ${name}`}</h1>;
}
