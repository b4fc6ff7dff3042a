//! mistake: expects the `?` of an inner row comprehension to fail the whole matrix parse (Python's exception would propagate out of both levels)
//! offending: comp![[c.trim().parse::<f64>()? for c in line.split(',')] for line in text.lines()]
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

fn parse_matrix(text: &str) -> Result<Vec<Vec<f64>>, ParseFloatError> {
    comp![[c.trim().parse::<f64>()? for c in line.split(',')] for line in text.lines()]
}

fn main() {
    println!("{:?}", parse_matrix("1, 2\n3, 4"));
}
