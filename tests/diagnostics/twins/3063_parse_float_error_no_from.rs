//! mistake: used `?` on a `ParseFloatError` in a function returning the app's `TimesheetError`, which has no `From` for it
//! offending: parse::<f64>()?
//! category: try

#[derive(Debug)]
enum TimesheetError {
    BadRow(String),
}

fn parse_hours(lines: &[&str]) -> Result<Vec<f64>, TimesheetError> {
    let mut out = Vec::new();
    for line in lines {
        out.push(line.split(';').nth(2).unwrap_or("0").trim().parse::<f64>()?);
    }
    Ok(out)
}

fn main() {
    let lines = ["2024-W14;E001;41.5", "2024-W14;E002;38"];
    println!("{:?}", parse_hours(&lines));
}
