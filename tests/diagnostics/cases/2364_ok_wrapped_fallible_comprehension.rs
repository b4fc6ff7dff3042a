//! mistake: wrapped a comprehension that already has `?` (so is a `Result`) in `Ok(..)` again as the function's tail
//! offending: Ok(comp![parse_bar(line)? for line in csv.lines().skip(1)])
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Bar {
    date: String,
    close: f64,
}

#[derive(Debug)]
enum LoadError {
    Columns(usize),
    Price(std::num::ParseFloatError),
}

fn parse_bar(line: &str) -> Result<Bar, LoadError> {
    let cols: Vec<&str> = line.split(',').collect();
    if cols.len() != 2 {
        return Err(LoadError::Columns(cols.len()));
    }
    let close = cols[1].parse().map_err(LoadError::Price)?;
    Ok(Bar { date: cols[0].to_string(), close })
}

fn load_bars(csv: &str) -> Result<Vec<Bar>, LoadError> {
    Ok(comp![parse_bar(line)? for line in csv.lines().skip(1)])
}

fn main() {
    let csv = "date,close\n2024-03-01,512.3\n2024-03-04,510.9";
    println!("{:?}", load_bars(csv));
}
