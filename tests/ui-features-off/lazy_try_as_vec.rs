// A lazy comprehension with `?` (an `impl Iterator` of `Result`s) where a
// `Vec` is expected: "the found opaque type" is the user's display, not a
// signature in the runtime.
use comprehensions::comp;

struct Ports {
    ports: Vec<u16>,
}

fn main() {
    let spec = vec!["80", "443"];
    let ports = Ports {
        ports: comp!((p.parse::<u16>()? for p in &spec)),
    };
    println!("{}", ports.ports.len());
}
