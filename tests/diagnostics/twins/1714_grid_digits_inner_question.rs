//! mistake: a `?` in the inner comprehension of a digit grid, expected to return `None` from the function
//! offending: ?
//! category: try
fn parse_grid(input: &str) -> Option<Vec<Vec<u32>>> {
    Some(input.lines().map(|line| line.chars().map(|c| c.to_digit(10)?).collect()).collect())
}

fn main() {
    println!("{:?}", parse_grid("123\n456"));
}
