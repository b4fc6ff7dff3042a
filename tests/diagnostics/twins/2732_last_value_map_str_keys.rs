//! mistake: built a `HashMap<String, f64>` of last values keyed by `&str` (`as_str()`)
//! offending: m.topic.as_str()
//! category: type
use std::collections::HashMap;

struct MqttMessage {
    topic: String,
    payload: f64,
}

fn main() {
    let inbox = vec![
        MqttMessage { topic: "plant/line1/temp".into(), payload: 71.2 },
        MqttMessage { topic: "plant/line1/temp".into(), payload: 71.9 },
        MqttMessage { topic: "plant/line2/temp".into(), payload: 65.0 },
    ];
    let mut last_value: HashMap<String, f64> = HashMap::new();
    for m in &inbox {
        last_value.insert(m.topic.as_str(), m.payload);
    }
    println!("{last_value:?}");
}
