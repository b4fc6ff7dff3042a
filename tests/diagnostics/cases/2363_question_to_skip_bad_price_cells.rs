//! mistake: used `?` expecting it to skip unparsable price cells, in a function that returns a plain `Vec<f64>`
//! offending: cell.trim().parse::<f64>()?
//! category: try
use comprehensions::comp;

fn clean_closes(column: &str) -> Vec<f64> {
    comp![cell.trim().parse::<f64>()? for cell in column.split(';') if !cell.is_empty()]
}

fn main() {
    let column = "101.2;101.9;N/A;102.4;;103.0";
    println!("{:?}", clean_closes(column));
}
