//! mistake: puts a `&str` column of a split CSV line into a `String` struct field
//! offending: cols[0]
//! category: type
#[derive(Debug)]
struct Rec {
    name: String,
    city: String,
}

fn main() {
    let data = "ann,paris\nbob,oslo";
    let mut recs = Vec::new();
    for line in data.lines() {
        let cols: Vec<&str> = line.split(',').collect();
        recs.push(Rec { name: cols[0], city: cols[1].to_string() });
    }
    println!("{recs:?}");
}
