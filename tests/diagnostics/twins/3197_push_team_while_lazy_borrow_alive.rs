//! mistake: pushed a new team into the table while a lazy comprehension over it was still alive
//! offending: table.push
//! category: ownership
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let mut table = vec![Standing { name: "Feyenoord".into(), points: 76 }, Standing { name: "Twente".into(), points: 69 }];
    let contenders = table.iter().filter(|t| t.points > 70).map(|t| t.name.as_str());
    table.push(Standing { name: "AZ".into(), points: 65 });
    for c in contenders {
        println!("{c}");
    }
}
