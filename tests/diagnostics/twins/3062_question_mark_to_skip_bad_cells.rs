//! mistake: used `?` hoping to skip unparsable timesheet cells in a function that returns a plain `Vec`
//! offending: parse::<f64>()?
//! category: try

fn parse_week_hours(row: &str) -> Vec<f64> {
    row.split(',').map(|cell| cell.trim().parse::<f64>()?).collect()
}

fn main() {
    println!("{:?}", parse_week_hours("8, 7.5, sick, 8, 9"));
}
