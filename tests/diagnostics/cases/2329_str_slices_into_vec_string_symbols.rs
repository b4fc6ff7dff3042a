//! mistake: collected `&str` pieces of a CSV line where the annotation asks for owned `String` symbols
//! offending: line.split(',').next().unwrap()
//! category: type
use comprehensions::comp;

fn main() {
    let csv = "symbol,close,volume\nAAPL,189.50,51234000\nMSFT,411.20,22001000\nAMZN,178.30,40111000";
    let symbols: Vec<String> = comp![line.split(',').next().unwrap() for line in csv.lines().skip(1)];
    println!("{symbols:?}");
}
