//! mistake: calling a &mut self method in the element while iterating a field of the same struct
//! offending: reg.alloc()
//! category: ownership
use comprehensions::comp;

struct Registry {
    names: Vec<String>,
    next: u32,
}

impl Registry {
    fn alloc(&mut self) -> u32 {
        self.next += 1;
        self.next
    }
}

fn main() {
    let mut reg = Registry { names: vec!["a".to_string(), "b".to_string()], next: 0 };
    // Python: rows = [(reg.alloc(), n) for n in reg.names]
    let rows: Vec<(u32, &String)> = comp![(reg.alloc(), n) for n in &reg.names];
    println!("{:?}", rows);
}
