//! mistake: calls a `&mut self` method while a list of `&str` borrowed from `self.users` is still used
//! offending: self.touch()
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
}

struct Registry {
    users: Vec<User>,
    version: u32,
}

impl Registry {
    fn touch(&mut self) {
        self.version += 1;
    }

    fn report(&mut self) {
        let names = comp![u.name.as_str() for u in &self.users];
        self.touch();
        println!("v{}: {names:?}", self.version);
    }
}

fn main() {
    let mut r = Registry { users: vec![User { name: "ann".to_string() }], version: 0 };
    r.report();
}
