//! mistake: a `&mut self` method called on each player of `&players` (Python mutates through any reference)
//! offending: p.take_hit(10)
//! category: ownership

struct Player {
    name: String,
    hp: u32,
}

impl Player {
    fn take_hit(&mut self, dmg: u32) -> u32 {
        self.hp = self.hp.saturating_sub(dmg);
        self.hp
    }
}

fn main() {
    let mut players = vec![Player { name: "ann".into(), hp: 30 }, Player { name: "bob".into(), hp: 5 }];
    let mut left = Vec::new();
    for p in &players {
        left.push(p.take_hit(10));
    }
    for (p, hp) in players.iter().zip(left) {
        println!("{}: {hp}", p.name);
    }
}
