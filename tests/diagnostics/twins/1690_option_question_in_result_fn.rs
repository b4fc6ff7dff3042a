//! mistake: `?` on `split_once`'s `Option` inside a function that returns a `Result`
//! offending: ?
//! category: try
fn keys(input: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    for line in input.lines() {
        out.push(line.split_once('=')?.0);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", keys("a=1\nb=2"));
}
