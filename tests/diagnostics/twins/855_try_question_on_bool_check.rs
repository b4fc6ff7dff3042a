//! mistake: `?` on a validation method that returns `bool`, as if it raised like Python's
//! offending: ?
//! category: try
struct Registry {
    known: Vec<u32>,
    ids: Vec<u32>,
}

impl Registry {
    fn is_known(&self, id: u32) -> bool {
        self.known.contains(&id)
    }

    fn verified(&self) -> Option<Vec<u32>> {
        let mut out = Vec::new();
        for id in &self.ids {
            if self.is_known(*id)? {
                out.push(*id);
            }
        }
        Some(out)
    }
}

fn main() {
    let r = Registry { known: vec![1, 2], ids: vec![1, 3] };
    println!("{:?}", r.verified());
}
