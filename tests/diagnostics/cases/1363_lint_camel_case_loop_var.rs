//! mistake: a camelCase loop variable `fieldName` kept from the Python source (non_snake_case)
//! offending: fieldName
//! category: lint
use comprehensions::comp;

struct Form {
    fields: Vec<String>,
}

impl Form {
    fn lengths(&self) -> Vec<usize> {
        comp![fieldName.len() for fieldName in &self.fields]
    }
}

fn main() {
    let f = Form { fields: vec!["email".into()] };
    println!("{:?}", f.lengths());
}
