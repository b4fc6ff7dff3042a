//! mistake: used `?` hoping to skip unparsable timesheet cells in a function that returns a plain `Vec`
//! offending: parse::<f64>()?
//! category: try
use comprehensions::comp;

fn parse_week_hours(row: &str) -> Vec<f64> {
    comp![cell.trim().parse::<f64>()? for cell in row.split(',')]
}

fn main() {
    println!("{:?}", parse_week_hours("8, 7.5, sick, 8, 9"));
}
