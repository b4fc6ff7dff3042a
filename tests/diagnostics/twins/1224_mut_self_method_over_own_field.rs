//! mistake: Python's `[self.register(n) for n in self.pending]`: a `&mut self` method called while `self.pending` is borrowed by the loop
//! offending: self.register(n)
//! category: ownership

struct Registry {
    pending: Vec<String>,
    names: Vec<String>,
}

impl Registry {
    fn register(&mut self, name: &str) -> usize {
        self.names.push(name.to_string());
        self.names.len() - 1
    }

    fn flush(&mut self) -> Vec<usize> {
        let mut out = Vec::new();
        for n in &self.pending {
            out.push(self.register(n));
        }
        out
    }
}

fn main() {
    let mut r = Registry { pending: vec!["a".into(), "b".into()], names: Vec::new() };
    println!("{:?}", r.flush());
}
