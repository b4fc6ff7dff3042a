//! mistake: wrapped a collect into `Result` (which already is the result) in `Ok(..)` again as the function's tail
//! offending: Ok(csv.lines().skip(1).map(parse_bar).collect::<Result<Vec<Bar>, LoadError>>())
//! category: try
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
    Ok(csv.lines().skip(1).map(parse_bar).collect::<Result<Vec<Bar>, LoadError>>())
}

fn main() {
    let csv = "date,close\n2024-03-01,512.3\n2024-03-04,510.9";
    println!("{:?}", load_bars(csv));
}
