//! mistake: `?` on a `ParseIntError` in a config loader whose error type is `String`
//! offending: v.trim().parse::<u64>()?
//! category: try

fn timeouts(lines: &[&str]) -> Result<Vec<u64>, String> {
    let mut out = Vec::new();
    for line in lines {
        if let Some((_, v)) = line.split_once('=') {
            out.push(v.trim().parse::<u64>()?);
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", timeouts(&["read = 30", "write = 10"]));
}
