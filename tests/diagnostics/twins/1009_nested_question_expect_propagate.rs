//! mistake: a `?` in the inner display of a matrix parse, expected to fail the outer comprehension (it makes each row a `Result`)
//! offending: collect()
//! category: try
use std::num::ParseFloatError;

fn parse_matrix(text: &str) -> Result<Vec<Vec<f64>>, ParseFloatError> {
    Ok(text
        .lines()
        .map(|line| line.split(',').map(|c| c.trim().parse::<f64>()).collect::<Result<Vec<f64>, _>>())
        .collect())
}

fn main() {
    println!("{:?}", parse_matrix("1, 2\n3, x"));
}
