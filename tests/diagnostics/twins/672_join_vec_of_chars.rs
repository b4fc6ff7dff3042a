//! mistake: joins a list of `char`s with `.join("")`, which exists for lists of strings only (Python's `"".join(chars)`)
//! offending: join
//! category: type

fn main() {
    let raw = "Hello, World! 42";
    let slug = raw
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("");
    println!("{slug}");
}
