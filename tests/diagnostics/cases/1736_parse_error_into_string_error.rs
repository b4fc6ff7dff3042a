//! mistake: `?` on a `ParseIntError` in a config loader whose error type is `String`
//! offending: v.trim().parse::<u64>()?
//! category: try
use comprehensions::comp;

fn timeouts(lines: &[&str]) -> Result<Vec<u64>, String> {
    comp![v.trim().parse::<u64>()? for line in lines if let Some((_, v)) = line.split_once('=')]
}

fn main() {
    println!("{:?}", timeouts(&["read = 30", "write = 10"]));
}
