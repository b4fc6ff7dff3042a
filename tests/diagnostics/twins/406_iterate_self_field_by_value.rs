struct Member {
    name: String,
}

struct Team {
    members: Vec<Member>,
}

impl Team {
    fn names(&self) -> Vec<String> {
        let mut out = Vec::new();
        for m in self.members {
            out.push(m.name);
        }
        out
    }
}

fn main() {
    let t = Team { members: vec![Member { name: "ann".to_string() }] };
    println!("{:?}", t.names());
}
