//! mistake: parsed an integer price and a float latitude with `?` in one comprehension, mixing two error types
//! offending: f[2].parse::<f64>()?
//! category: try
use comprehensions::comp;

fn main() {
    let csv = "mls,price,lat\nOK-1,189000,35.47\nOK-2,241500,36.15\n";
    let rows = comp![
        (f[0].to_string(), f[1].parse::<u64>()?, f[2].parse::<f64>()?)
        for line in csv.lines().skip(1)
        let f = line.split(',').collect::<Vec<_>>()
    ];
    match rows {
        Ok(rows) => println!("{rows:?}"),
        Err(e) => eprintln!("bad feed: {e}"),
    }
}
