//! mistake: parsed an integer price and a float latitude with `?` in one comprehension, mixing two error types
//! offending: f[2].parse::<f64>()?
//! category: try
fn main() {
    let csv = "mls,price,lat\nOK-1,189000,35.47\nOK-2,241500,36.15\n";
    let rows = csv
        .lines()
        .skip(1)
        .map(|line| {
            let f = line.split(',').collect::<Vec<_>>();
            Ok((f[0].to_string(), f[1].parse::<u64>()?, f[2].parse::<f64>()?))
        })
        .collect::<Result<Vec<_>, _>>();
    match rows {
        Ok(rows) => println!("{rows:?}"),
        Err(e) => eprintln!("bad feed: {e}"),
    }
}
