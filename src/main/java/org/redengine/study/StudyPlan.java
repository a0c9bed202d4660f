package org.redengine.study;

import java.time.LocalDate;
import java.util.List;

/**
 * A group's study plan: phases of topics, each topic with its dates and the knowledge-base articles to read
 * (titles or questions the bot looks up). Built by {@link StudyPlanFiles} from YAML or Excel, or edited in chat.
 */
public record StudyPlan(String title, List<Phase> phases) {

    public StudyPlan {
        phases = List.copyOf(phases);
    }

    public record Phase(String name, List<Topic> topics) {
        public Phase {
            topics = List.copyOf(topics);
        }
    }

    public record Topic(String title, LocalDate from, LocalDate to, List<String> readings) {
        public Topic {
            readings = readings == null ? List.of() : List.copyOf(readings);
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** A topic with where it sits in the plan. */
    public record Placed(Phase phase, Topic topic, int number, int count) {
    }

    /** The topic whose dates cover {@code day}, if any. */
    public Placed topicOn(LocalDate day) {
        int n = 0, count = topicCount();
        for (Phase p : phases) {
            for (Topic t : p.topics()) {
                n++;
                if (t.covers(day)) return new Placed(p, t, n, count);
            }
        }
        return null;
    }

    public int topicCount() {
        return phases.stream().mapToInt(p -> p.topics().size()).sum();
    }

    /** The plan with one more topic at the end of its last phase (or a new phase, when named). */
    public StudyPlan withTopic(String phaseName, Topic topic) {
        java.util.ArrayList<Phase> out = new java.util.ArrayList<>(phases);
        if (out.isEmpty() || (phaseName != null && !phaseName.equals(out.get(out.size() - 1).name()))) {
            out.add(new Phase(phaseName == null ? "学习阶段" : phaseName, List.of(topic)));
        } else {
            Phase last = out.remove(out.size() - 1);
            java.util.ArrayList<Topic> topics = new java.util.ArrayList<>(last.topics());
            topics.add(topic);
            out.add(new Phase(last.name(), topics));
        }
        return new StudyPlan(title, out);
    }
}
