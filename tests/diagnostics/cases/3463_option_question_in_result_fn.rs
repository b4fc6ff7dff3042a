//! mistake: used `?` on the `Option` from `strip_prefix` in a function returning `Result`
//! offending: l.strip_prefix('>')?
//! category: try
use comprehensions::comp;

fn accessions(text: &str) -> Result<Vec<String>, String> {
    comp![l.strip_prefix('>')?.to_string() for l in text.lines() if !l.is_empty()]
}

fn main() {
    println!("{:?}", accessions(">NM_000546\n>NM_007294\n"));
}
