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
    let mut rows: Vec<(u32, &String)> = Vec::new();
    for n in &reg.names {
        rows.push((reg.alloc(), n));
    }
    println!("{:?}", rows);
}
