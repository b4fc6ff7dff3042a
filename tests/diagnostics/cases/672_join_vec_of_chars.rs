//! mistake: joins a list of `char`s with `.join("")`, which exists for lists of strings only (Python's `"".join(chars)`)
//! offending: join
//! category: type
use comprehensions::comp;

fn main() {
    let raw = "Hello, World! 42";
    let slug = comp![c.to_ascii_lowercase() for c in raw.chars() if c.is_alphanumeric()].join("");
    println!("{slug}");
}
