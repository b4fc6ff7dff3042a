//! mistake: collected `&str` pieces of a CSV line where the annotation asks for owned `String` symbols
//! offending: line.split(',').next().unwrap()
//! category: type
fn main() {
    let csv = "symbol,close,volume\nAAPL,189.50,51234000\nMSFT,411.20,22001000\nAMZN,178.30,40111000";
    let mut symbols: Vec<String> = Vec::new();
    for line in csv.lines().skip(1) {
        symbols.push(line.split(',').next().unwrap());
    }
    println!("{symbols:?}");
}
