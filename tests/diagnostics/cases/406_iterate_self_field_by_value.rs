//! mistake: a &self method iterates self.members by value (iterate &self.members and clone the names)
//! offending: self.members
//! category: ownership
use comprehensions::comp;

struct Member {
    name: String,
}

struct Team {
    members: Vec<Member>,
}

impl Team {
    // Python: def names(self): return [m.name for m in self.members]
    fn names(&self) -> Vec<String> {
        comp![m.name for m in self.members]
    }
}

fn main() {
    let t = Team { members: vec![Member { name: "ann".to_string() }] };
    println!("{:?}", t.names());
}
