//! mistake: a `?` in the inner comprehension of a digit grid, expected to return `None` from the function
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_grid(input: &str) -> Option<Vec<Vec<u32>>> {
    Some(comp![[c.to_digit(10)? for c in line.chars()] for line in input.lines()])
}

fn main() {
    println!("{:?}", parse_grid("123\n456"));
}
