//! mistake: tokenizer: `?` on the `Option` from `.next()` in a function returning `Result` (hand-written)
fn heads(lines: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for line in lines {
        let head = line.split_whitespace().next()?;
        if head != "#" {
            out.push(head.to_uppercase());
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", heads(&["let x", "# note"]));
}
