//! mistake: called a `&mut self` method on teams borrowed from `&table`
//! offending: t.record_win()
//! category: ownership
struct Standing {
    name: String,
    points: u32,
}

impl Standing {
    fn record_win(&mut self) -> u32 {
        self.points += 3;
        self.points
    }
}

fn main() {
    let table = vec![Standing { name: "Napoli".into(), points: 50 }, Standing { name: "Roma".into(), points: 48 }];
    let winners = ["Napoli"];
    let mut updated = Vec::new();
    for t in &table {
        if winners.contains(&t.name.as_str()) {
            updated.push(t.record_win());
        }
    }
    println!("{updated:?}");
}
