//! mistake: `?` on each parsed line in a function that returns a plain `Vec<i64>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse(input: &str) -> Vec<i64> {
    comp![line.trim().parse::<i64>()? for line in input.lines()]
}

fn main() {
    println!("{:?}", parse("1000\n2000\n3000"));
}
