//! mistake: tokenizer: `?` on the `Option` from `.next()` inside a walrus, in a function returning `Result`
//! offending: next()?
//! category: try
use comprehensions::comp;

fn heads(lines: &[&str]) -> Result<Vec<String>, String> {
    // Python: [head.upper() for line in lines if (head := line.split()[0]) != "#"]
    comp![head.to_uppercase() for line in lines if (head := line.split_whitespace().next()?) != "#"]
}

fn main() {
    println!("{:?}", heads(&["let x", "# note"]));
}
