//! mistake: `?` inside a `.map(|s| ..)` closure in an inner loop's iterable (hand-written)
use std::num::ParseIntError;

fn numbers(lines: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    let mut out = Vec::new();
    for line in lines {
        for n in line.split(',').map(|s| s.parse::<i32>()?) {
            out.push(n);
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", numbers(&["1,2", "3"]));
}
