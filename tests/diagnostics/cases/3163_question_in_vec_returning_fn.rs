//! mistake: used `?` to parse wind speeds in a function that returns a plain `Vec<f64>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn wind_speeds(fields: &[&str]) -> Vec<f64> {
    comp![f.trim_end_matches("kt").parse::<f64>()? * 0.514444 for f in fields]
}

fn main() {
    let metar_winds = ["12kt", "07kt", "25kt"];
    println!("{:?}", wind_speeds(&metar_winds));
}
