//! mistake: `?` on each parsed line in a function that returns a plain `Vec<i64>`
//! offending: ?
//! category: try
fn parse(input: &str) -> Vec<i64> {
    let mut out = Vec::new();
    for line in input.lines() {
        out.push(line.trim().parse::<i64>()?);
    }
    out
}

fn main() {
    println!("{:?}", parse("1000\n2000\n3000"));
}
