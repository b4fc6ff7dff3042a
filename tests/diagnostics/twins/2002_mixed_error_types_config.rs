//! mistake: parsed `key=limit` lines with a `String` error for a bad line but `?` on `parse::<u32>()` (a `ParseIntError`) in a function returning `Result<_, String>`
//! offending: v.parse::<u32>()?
//! category: try
fn parse_limits(text: &str) -> Result<Vec<(String, u32)>, String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let (k, v) = line.split_once('=').ok_or(format!("bad line: {line}"))?;
        out.push((k.to_string(), v.parse::<u32>()?));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_limits("cpu=4\nmem=512"));
}
