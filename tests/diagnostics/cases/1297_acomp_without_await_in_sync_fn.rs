//! mistake: `acomp!` used for a purely synchronous list in a non-async function, where `comp!` is meant
//! offending: acomp![w.to_lowercase() for w in words]
//! category: async
use comprehensions::acomp;

fn normalise(words: &[&str]) -> Vec<String> {
    acomp![w.to_lowercase() for w in words]
}

fn main() {
    println!("{:?}", normalise(&["Rust", "ASYNC"]));
}
