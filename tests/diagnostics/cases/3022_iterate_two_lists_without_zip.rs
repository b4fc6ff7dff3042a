//! mistake: iterated the names and salaries lists side by side without zipping them
//! offending: n, s in names, salaries
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["Ada Park".to_string(), "Bo Lin".to_string(), "Cy Moss".to_string()];
    let salaries = vec![128_000.0_f64, 74_500.0, 91_200.0];
    let payroll = comp![format!("{n}: {:.2}/month", s / 12.0) for n, s in names, salaries];
    println!("{payroll:?}");
}
