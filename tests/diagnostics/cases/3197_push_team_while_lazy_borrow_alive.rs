//! mistake: pushed a new team into the table while a lazy comprehension over it was still alive
//! offending: table.push
//! category: ownership
use comprehensions::comp;

struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let mut table = vec![Standing { name: "Feyenoord".into(), points: 76 }, Standing { name: "Twente".into(), points: 69 }];
    let contenders = comp!((t.name.as_str() for t in &table if t.points > 70));
    table.push(Standing { name: "AZ".into(), points: 65 });
    for c in contenders {
        println!("{c}");
    }
}
