//! mistake: indexed the result of `line.split(',')` as Python's list from `line.split(',')[0]`; a `Split` iterator cannot be indexed
//! offending: cols[0]
//! category: type
fn main() {
    let csv = "ann,31,paris\nbob,27,rome";
    let mut names: Vec<&str> = Vec::new();
    for line in csv.lines() {
        let cols = line.split(',');
        names.push(cols[0]);
    }
    println!("{names:?}");
}
