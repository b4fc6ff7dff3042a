//! mistake: used `?` on a `ParseIntError` in a function returning `ImportError`, which has no conversion from it
//! offending: ?
//! category: try
#[derive(Debug)]
enum ImportError {
    Malformed(String),
}

#[derive(Debug)]
struct Follow {
    follower: u64,
    followee: u64,
}

fn parse_line(line: &str) -> Result<(&str, &str), ImportError> {
    line.split_once(',').ok_or_else(|| ImportError::Malformed(line.to_string()))
}

fn import(lines: &[&str]) -> Result<Vec<Follow>, ImportError> {
    let mut out = Vec::new();
    for l in lines {
        let (a, b) = parse_line(l)?;
        out.push(Follow { follower: a.parse::<u64>()?, followee: b.parse::<u64>().unwrap_or(0) });
    }
    Ok(out)
}

fn main() {
    println!("{:?}", import(&["1,2", "3,4"]));
}
