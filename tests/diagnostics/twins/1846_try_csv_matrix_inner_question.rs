//! mistake: expects the `?` of an inner row comprehension to fail the whole matrix parse (Python's exception would propagate out of both levels)
//! offending: text.lines()
//! category: try
use std::num::ParseFloatError;

fn parse_matrix(text: &str) -> Result<Vec<Vec<f64>>, ParseFloatError> {
    text.lines()
        .map(|line| line.split(',').map(|c| c.trim().parse::<f64>()).collect::<Result<Vec<f64>, _>>())
        .collect::<Vec<_>>()
}

fn main() {
    println!("{:?}", parse_matrix("1, 2\n3, 4"));
}
