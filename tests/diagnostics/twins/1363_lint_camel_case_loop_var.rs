//! mistake: a camelCase loop variable `fieldName` kept from the Python source (non_snake_case)
//! offending: fieldName
//! category: lint
struct Form {
    fields: Vec<String>,
}

impl Form {
    fn lengths(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for fieldName in &self.fields {
            out.push(fieldName.len());
        }
        out
    }
}

fn main() {
    let f = Form { fields: vec!["email".into()] };
    println!("{:?}", f.lengths());
}
