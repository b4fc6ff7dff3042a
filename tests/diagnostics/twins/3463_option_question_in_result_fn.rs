//! mistake: used `?` on the `Option` from `strip_prefix` in a function returning `Result`
//! offending: l.strip_prefix('>')?
//! category: try
fn accessions(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for l in text.lines() {
        if !l.is_empty() {
            out.push(l.strip_prefix('>')?.to_string());
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", accessions(">NM_000546\n>NM_007294\n"));
}
