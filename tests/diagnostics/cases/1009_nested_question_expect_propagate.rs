//! mistake: a `?` in the inner display of a matrix parse, expected to fail the outer comprehension (it makes each row a `Result`)
//! offending: [c.trim().parse::<f64>()? for c in line.split(',')]
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

fn parse_matrix(text: &str) -> Result<Vec<Vec<f64>>, ParseFloatError> {
    Ok(comp![[c.trim().parse::<f64>()? for c in line.split(',')] for line in text.lines()])
}

fn main() {
    println!("{:?}", parse_matrix("1, 2\n3, x"));
}
