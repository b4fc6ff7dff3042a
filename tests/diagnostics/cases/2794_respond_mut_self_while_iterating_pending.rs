//! mistake: called a `&mut self` method for each message while iterating `&self.pending`
//! offending: self.respond(msg)
//! category: ownership
use comprehensions::comp;

struct ChatSession {
    pending: Vec<String>,
    turns_answered: u32,
}

impl ChatSession {
    fn respond(&mut self, msg: &str) -> String {
        self.turns_answered += 1;
        format!("#{}: you said '{msg}'", self.turns_answered)
    }

    fn flush(&mut self) -> Vec<String> {
        comp![self.respond(msg) for msg in &self.pending]
    }
}

fn main() {
    let mut session = ChatSession { pending: vec!["hi".into(), "help".into()], turns_answered: 0 };
    println!("{:?}", session.flush());
}
